// Shows, on the strict-CSP page itself, every Content Security Policy
// violation the page causes. Loaded as a classic script before the library,
// so it hears violations from the library's first moments.
const violations: string[] = [];

document.addEventListener('securitypolicyviolation', (event) => {
  violations.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline code'} (${event.sourceFile || 'page'}:${event.lineNumber})`);
  const status = document.getElementById('csp-status');
  if (!status) return;
  status.className = 'status-bad';
  status.textContent = `${violations.length} Content Security Policy violation${violations.length === 1 ? '' : 's'}: ${violations.join('; ')}`;
});
