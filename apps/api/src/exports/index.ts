// The exports module's public surface: the list downloads (the CSV machinery itself is csv-export/).
export { ExportsModule } from './exports.module';
