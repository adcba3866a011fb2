/** TokenList: being built. */
export default function TokenList() {
  return null;
}
