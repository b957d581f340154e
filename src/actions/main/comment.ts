import { run } from '../comment';

void run();
