import type { Stage } from "@/lib/startups/options";

export type SeedStartup = {
  slug: string;
  name: string;
  tagline: string;
  description: string;
  communeCode: string;
  sectors: string[];
  foundedYear: number;
  teamSize: number;
  fundsRaisedEur: number;
  stage: Stage;
  hiring: boolean;
  website: string | null;
  linkedin: string | null;
  twitter: string | null;
  siren: string | null;
  status: "published" | "draft" | "pending" | "rejected" | "unpublished";
  publishedAt: string | null;
};
