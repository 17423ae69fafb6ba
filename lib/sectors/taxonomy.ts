// The initial sector taxonomy, loaded by the seed. Admins may edit the table afterwards,
// so the application reads sectors from the database, never from this list.
export const SECTOR_TAXONOMY = [
  { slug: "sante-medtech", nameFr: "Santé & medtech", nameEn: "Health & medtech" },
  { slug: "industrie-4-0", nameFr: "Industrie 4.0", nameEn: "Industry 4.0" },
  { slug: "energie-environnement", nameFr: "Énergie & environnement", nameEn: "Energy & environment" },
  { slug: "logistique-maritime", nameFr: "Logistique & maritime", nameEn: "Logistics & maritime" },
  { slug: "agritech-agro", nameFr: "Agritech & agroalimentaire", nameEn: "Agritech & food" },
  { slug: "edtech", nameFr: "Edtech", nameEn: "Edtech" },
  { slug: "fintech-assurtech", nameFr: "Fintech & assurtech", nameEn: "Fintech & insurtech" },
  { slug: "cybersecurite", nameFr: "Cybersécurité", nameEn: "Cybersecurity" },
  { slug: "ia-data", nameFr: "IA & data", nameEn: "AI & data" },
  { slug: "mobilite", nameFr: "Mobilité", nameEn: "Mobility" },
  { slug: "commerce-marketing", nameFr: "Commerce & marketing", nameEn: "Commerce & marketing" },
  { slug: "tourisme-culture", nameFr: "Tourisme & culture", nameEn: "Tourism & culture" },
  { slug: "services-b2b-saas", nameFr: "Services B2B & SaaS", nameEn: "B2B services & SaaS" },
  { slug: "robotique", nameFr: "Robotique", nameEn: "Robotics" },
  { slug: "construction-immobilier", nameFr: "Construction & immobilier", nameEn: "Construction & real estate" },
] as const;
