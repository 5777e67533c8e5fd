// The users module's public surface: the directory other modules read users through, the entities
// their relations point at, and the visibility rules.
export { UsersModule } from './users.module';
export { coderVisibility, teamVisibility } from './access-scope';
export { Coder } from './coder.entity';
export { Team } from './team.entity';
export { UserDirectory } from './user-directory';
export { User } from './user.entity';
