/** UserList: being built. */
export default function UserList() {
  return null;
}
