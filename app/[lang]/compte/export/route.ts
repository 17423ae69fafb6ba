import { getDb } from "@/db/client";
import { exportUserData } from "@/lib/auth/gdpr";
import { getCurrentUser } from "@/lib/auth/session";
import { dictionary } from "@/lib/i18n/server";

export async function GET() {
  const user = await getCurrentUser();
  if (!user) return new Response("Not found", { status: 404 });
  const data = await exportUserData(await getDb(), user.id);
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="${dictionary().account.exportFileName}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
