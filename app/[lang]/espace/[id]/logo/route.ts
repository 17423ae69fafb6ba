import { getDb } from "@/db/client";
import { getCurrentUser } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/errors";
import { isUuid } from "@/lib/startups/access";
import { memberLogo } from "@/lib/startups/space";

// The logo as its members see it (the draft's, if any). Members only; never cached by proxies.
export async function GET(_: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await getCurrentUser();
  if (!user || !isUuid(id)) return new Response("Not found", { status: 404 });
  try {
    const logo = await memberLogo(await getDb(), user, id);
    if (!logo) return new Response("Not found", { status: 404 });
    return new Response(new Uint8Array(logo), {
      headers: { "Content-Type": "image/webp", "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff" },
    });
  } catch (error) {
    if (error instanceof NotFoundError) return new Response("Not found", { status: 404 });
    throw error;
  }
}
