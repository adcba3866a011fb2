/** BranchTree: being built. */
export default function BranchTree() {
  return null;
}
