import { getDb } from "@/db/client";
import { getCurrentUser } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/errors";
import { reviewLogo } from "@/lib/moderation/review";
import { isUuid } from "@/lib/startups/access";

// Moderators only: the proposed (?version=proposee) or live logo of a revision under review.
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await getCurrentUser();
  if (!user || !isUuid(id)) return new Response("Not found", { status: 404 });
  try {
    const which = new URL(request.url).searchParams.get("version") === "proposee" ? "proposed" : "live";
    const logo = await reviewLogo(await getDb(), user, id, which);
    if (!logo) return new Response("Not found", { status: 404 });
    return new Response(new Uint8Array(logo), { headers: { "Content-Type": "image/webp", "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff" } });
  } catch (error) {
    if (error instanceof NotFoundError) return new Response("Not found", { status: 404 });
    throw error;
  }
}
