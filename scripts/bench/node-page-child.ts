/**
 * One page's Node timing, in a process of its own: `timeNodePageIsolated` starts this with the page
 * as JSON on stdin ({ bench, runs }) and reads the samples as JSON from stdout.
 */
import { text } from 'node:stream/consumers';
import type { BenchCase } from './load-corpus';
import { timeNodePage } from './time-node';

const { bench, runs } = JSON.parse(await text(process.stdin)) as { bench: BenchCase; runs: number };
process.stdout.write(JSON.stringify(await timeNodePage(bench, runs)));
