/** RosterList: being built. */
export default function RosterList() {
  return null;
}
