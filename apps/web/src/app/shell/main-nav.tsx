import { NAVIGATION, type Role } from '@recode/contracts';
import { NavLink } from 'react-router';

/** Built only from the shared NAVIGATION, so the shell, the API's rules and the browser test agree. */
export function MainNav({ role }: { role: Role }) {
  return (
    <nav aria-label="Main" className="main-nav">
      <ul>
        {NAVIGATION[role].map((entry) => (
          <li key={entry.path}>
            <NavLink to={entry.path} className={({ isActive }) => (isActive ? 'nav-link nav-link-active' : 'nav-link')}>
              {entry.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
