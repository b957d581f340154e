import { run } from '../smoke';

void run(process.env);
