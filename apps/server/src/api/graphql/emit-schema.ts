import { writeFile } from 'node:fs/promises';
import { createSchema, printContract } from './schema';
import { CONTRACT_PATH } from './contract-path';

async function main() {
  await writeFile(CONTRACT_PATH, printContract(await createSchema()));
  console.log(`wrote ${CONTRACT_PATH}`);
}

void main();
