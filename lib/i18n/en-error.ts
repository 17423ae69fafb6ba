// The error pages' words in English, in their own module: the error boundaries are client
// components loaded with every page, and importing the whole dictionary there would ship it.
export const enError = {
  title: "Something went wrong",
  body: "We could not display this page. Try again in a moment.",
  retry: "Try again",
  home: "Back to the home page",
  // Shown with the error's digest, which the server log carries too.
  reference: (digest: string) => `Error reference, to pass on to the site team: ${digest}`,
};
