// Module declarations for non-TypeScript imports bundled by webpack.
declare module "*.css" {
  const text: string;
  export default text;
}
