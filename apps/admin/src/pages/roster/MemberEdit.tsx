/** MemberEdit: being built. */
export default function MemberEdit() {
  return null;
}
