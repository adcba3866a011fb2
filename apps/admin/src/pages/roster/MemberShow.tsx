/** MemberShow: being built. */
export default function MemberShow() {
  return null;
}
