import { run } from '../validate';

void run();
