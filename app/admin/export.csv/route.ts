import { getDb } from "@/db/client";
import { exportAllStartupsCsv } from "@/lib/admin/export";
import { getCurrentUser, isStaff } from "@/lib/auth/session";
import { dictionary } from "@/lib/i18n/server";
import { logSecurityEvent } from "@/lib/log";

// Admins only; everyone else gets the same 404 as for a page that does not exist.
export async function GET() {
  const user = await getCurrentUser();
  if (!isStaff(user) || user.role !== "admin") {
    logSecurityEvent("forbidden", { userId: user?.id ?? null, need: "admin" });
    return new Response("Not found", { status: 404 });
  }
  const csv = await exportAllStartupsCsv(await getDb(), user);
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${dictionary().admin.exportFileName}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
