// The French mails. Each template is written once as a list of blocks (paragraphs and links) and
// rendered twice: a plain-text part, and a minimal HTML part in which EVERY block is escaped, so
// a startup name or a moderator's reason can never inject markup. Templates never contain
// passwords, so the sender may log them.
import { siteUrl } from "@/lib/site";

export type RenderedMail = { subject: string; text: string; html: string };

type Block = string | { link: string; label: string };

const SITE_NAME = "Normandy French Tech";

export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

// A name in a subject must stay on one line (a header), and non-breaking spaces keep « » attached.
const oneLine = (value: string) => value.replace(/\s+/g, " ").trim();
const quote = (name: string) => `«\u00a0${oneLine(name)}\u00a0»`;

function checkedUrl(url: string): string {
  // Links are built by our own code from SITE_URL: anything but http(s) is a bug, not content.
  if (!/^https?:\/\//i.test(url)) throw new Error(`Mail link must be an http(s) URL: ${url}`);
  return url;
}

function render(subject: string, greetingName: string | null | undefined, blocks: Block[]): RenderedMail {
  const greeting = greetingName?.trim() ? `Bonjour ${oneLine(greetingName)},` : "Bonjour,";
  const signature = `L’équipe ${SITE_NAME}`;
  const notice = "Ceci est un message automatique, merci de ne pas y répondre.";
  const site = siteUrl();

  const textBlocks = blocks.map((block) => (typeof block === "string" ? block : `${block.label} : ${checkedUrl(block.link)}`));
  const text = [greeting, ...textBlocks, `${signature}\n${site}`, notice].join("\n\n") + "\n";

  const paragraph = (value: string) => `<p>${escapeHtml(value).replace(/\r?\n/g, "<br>")}</p>`;
  const htmlBlocks = blocks.map((block) => {
    if (typeof block === "string") return paragraph(block);
    const href = escapeHtml(checkedUrl(block.link));
    return (
      `<p><a href="${href}" style="display:inline-block;padding:10px 18px;background:#1d4ed8;color:#ffffff;text-decoration:none;border-radius:6px">${escapeHtml(block.label)}</a></p>` +
      `<p style="font-size:13px;color:#4b5563">Si le bouton ne fonctionne pas, copiez ce lien dans votre navigateur&nbsp;:<br>${href}</p>`
    );
  });
  const html = [
    `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>`,
    `<body style="font-family:Arial,Helvetica,sans-serif;line-height:1.5;color:#111827;max-width:600px">`,
    paragraph(greeting),
    ...htmlBlocks,
    `<p>${escapeHtml(signature)}<br><a href="${escapeHtml(site)}">${escapeHtml(site)}</a></p>`,
    `<p style="font-size:12px;color:#6b7280">${escapeHtml(notice)}</p>`,
    `</body></html>`,
  ].join("\n");

  return { subject: oneLine(subject), text, html };
}

function verifyEmail({ name, url }: { name?: string | null; url: string }): RenderedMail {
  return render("Confirmez votre adresse e-mail", name, [
    `Bienvenue sur l’annuaire ${SITE_NAME} ! Pour activer votre compte, confirmez votre adresse e-mail en ouvrant ce lien :`,
    { link: url, label: "Confirmer mon adresse e-mail" },
    "Si vous n’avez pas créé de compte, ignorez simplement ce message.",
  ]);
}

function resetPassword({ url }: { url: string }): RenderedMail {
  return render("Réinitialisation de votre mot de passe", null, [
    "Vous avez demandé à réinitialiser le mot de passe de votre compte. Pour en choisir un nouveau, ouvrez ce lien :",
    { link: url, label: "Choisir un nouveau mot de passe" },
    "Ce lien est valable 1 heure et ne peut être utilisé qu’une seule fois.",
    "Si vous n’êtes pas à l’origine de cette demande, ignorez ce message : votre mot de passe reste inchangé.",
  ]);
}

function passwordChanged({ name }: { name?: string | null } = {}): RenderedMail {
  return render("Votre mot de passe a été modifié", name, [
    "Le mot de passe de votre compte vient d’être modifié. Par sécurité, vos autres sessions ont été déconnectées.",
    "Si vous n’êtes pas à l’origine de ce changement, réinitialisez immédiatement votre mot de passe avec « Mot de passe oublié » sur la page de connexion.",
  ]);
}

function invitation({ startupName, inviterName, url }: { startupName: string; inviterName?: string | null; url: string }): RenderedMail {
  const who = inviterName?.trim() ? oneLine(inviterName) : "Un membre de l’équipe";
  return render(`Invitation à gérer la fiche ${quote(startupName)}`, null, [
    `${who} vous invite à gérer la fiche ${quote(startupName)} sur l’annuaire ${SITE_NAME}.`,
    { link: url, label: "Accepter l’invitation" },
    "Si vous ne vous attendiez pas à cette invitation, ignorez ce message.",
  ]);
}

function revisionSubmitted({ startupName }: { startupName: string }): RenderedMail {
  return render(`Proposition reçue pour ${quote(startupName)}`, null, [
    `Nous avons bien reçu votre proposition pour la fiche ${quote(startupName)}.`,
    "Elle va être examinée par l’équipe de modération. Vous recevrez un e-mail dès qu’une décision aura été prise.",
  ]);
}

function revisionApproved({ startupName, url }: { startupName: string; url: string }): RenderedMail {
  return render(`Fiche ${quote(startupName)} : proposition validée`, null, [
    `Votre proposition pour la fiche ${quote(startupName)} a été validée par l’équipe de modération. Elle est maintenant en ligne.`,
    { link: url, label: "Voir la fiche" },
  ]);
}

function revisionRejected({ startupName, reason, url }: { startupName: string; reason: string; url: string }): RenderedMail {
  return render(`Fiche ${quote(startupName)} : proposition non retenue`, null, [
    `Votre proposition pour la fiche ${quote(startupName)} n’a pas été retenue par l’équipe de modération.`,
    `Motif :\n${reason.trim()}`,
    "Vous pouvez la corriger et la soumettre à nouveau :",
    { link: url, label: "Modifier la fiche" },
  ]);
}

function profileUnpublished({ startupName, reason }: { startupName: string; reason: string }): RenderedMail {
  return render(`Fiche ${quote(startupName)} retirée de l’annuaire`, null, [
    `La fiche ${quote(startupName)} a été retirée de l’annuaire par l’équipe de modération : elle n’est plus visible publiquement.`,
    `Motif :\n${reason.trim()}`,
    `Si vous pensez qu’il s’agit d’une erreur, contactez l’équipe ${SITE_NAME}.`,
  ]);
}

function claimDecided({ startupName, approved, reason }: { startupName: string; approved: boolean; reason?: string | null }): RenderedMail {
  const blocks: Block[] = approved
    ? [
        `Votre demande d’accès à la fiche ${quote(startupName)} a été acceptée.`,
        "Vous pouvez désormais la modifier depuis votre espace.",
      ]
    : [`Votre demande d’accès à la fiche ${quote(startupName)} n’a pas été acceptée par l’équipe de modération.`];
  if (reason?.trim()) blocks.push(`${approved ? "Message de l’équipe de modération" : "Motif"} :\n${reason.trim()}`);
  return render(`Demande d’accès à ${quote(startupName)} ${approved ? "acceptée" : "refusée"}`, null, blocks);
}

export const mailTemplates = {
  verifyEmail,
  resetPassword,
  passwordChanged,
  invitation,
  revisionSubmitted,
  revisionApproved,
  revisionRejected,
  profileUnpublished,
  claimDecided,
};
