// The error pages' words in French, in their own module: the error boundaries are client
// components loaded with every page, and importing the whole dictionary there would ship it.
export const frError = {
  title: "Une erreur est survenue",
  body: "Nous n’avons pas pu afficher cette page. Réessayez dans un instant.",
  retry: "Réessayer",
  home: "Retour à l’accueil",
  // Shown with the error's digest, which the server log carries too.
  reference: (digest: string) => `Référence de l’erreur, à transmettre à l’équipe du site : ${digest}`,
};
