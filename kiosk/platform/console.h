#pragma once
// checkin.exe is a Windows GUI program, so no console window opens behind the kiosk. Started from a
// terminal, its commands (pair, sync, --help, scripts) should still print there: attach to the parent's
// console unless the output is already redirected (a pipe or a file). Nothing to do elsewhere.

namespace checkin::platform {

void AttachParentConsole();

} // namespace checkin::platform
