/** MemberCreate: being built. */
export default function MemberCreate() {
  return null;
}
