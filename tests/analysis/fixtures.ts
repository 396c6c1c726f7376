import { readFileSync } from 'node:fs';
import type { Project, ProjectFile } from '../../src/model/types';

/** Reads a project file from tests/fixtures. */
export function loadFixture(name: string): ProjectFile {
  const url = new URL(`../fixtures/${name}`, import.meta.url);
  return JSON.parse(readFileSync(url, 'utf8')) as ProjectFile;
}

export const jobShop = (): Project => loadFixture('job-shop.latitude.json').project;
