import type { MetadataRoute } from "next";
import { dictionary } from "@/lib/i18n/server";

// The web app manifest (served at /manifest.webmanifest): name, colours and icons for "add to home screen".
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: dictionary().site.name,
    short_name: dictionary().site.shortName,
    description: dictionary().site.tagline,
    lang: "fr",
    start_url: "/startups",
    display: "standalone",
    background_color: "#ffffff",
    theme_color: "#123b6a",
    icons: [
      { src: "/icon.svg", type: "image/svg+xml", sizes: "any" },
      { src: "/icons/icon-192.png", type: "image/png", sizes: "192x192" },
      { src: "/icons/icon-512.png", type: "image/png", sizes: "512x512", purpose: "any" },
    ],
  };
}
