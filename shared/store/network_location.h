#pragma once
// SQLite's locking is unreliable over SMB and NFS, so the hub refuses to keep its database on a network
// drive (DESIGN.md: a SQLite file on a network share is not an option). Windows asks GetDriveTypeW; Linux
// asks statfs for the file system type.
#include <filesystem>

namespace checkin::store {

// True when the folder that holds (or will hold) `file` is on a network drive or a UNC share.
bool IsOnNetworkDrive(const std::filesystem::path& file);

} // namespace checkin::store
