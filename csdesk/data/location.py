"""Spot database locations known to corrupt SQLite: network shares and synced folders.

SQLite's locking is not reliable over SMB/NFS, and sync clients (OneDrive, Dropbox,
坚果云 ...) copy the file and its WAL separately. The app warns and points to the
shared-server option instead of refusing, because the user may know better.
"""

from __future__ import annotations

import os
from pathlib import Path

NETWORK_FILESYSTEMS = {"cifs", "smb3", "smbfs", "nfs", "nfs4", "afs", "9p", "sshfs"}
SYNCED_FOLDER_NAMES = (
    "onedrive",
    "dropbox",
    "google drive",
    "googledrive",
    "icloud",
    "icloud drive",
    "坚果云",
    "nutstore",
    "百度网盘",
    "baidunetdisk",
    "wps云盘",
    "seafile",
    "nextcloud",
)


def _linux_filesystem(path: Path) -> str | None:
    """Return the type of the filesystem that holds ``path`` (Linux), by /proc/mounts."""
    try:
        mounts = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None
    best, best_type = "", None
    target = str(path.resolve())
    for line in mounts.splitlines():
        parts = line.split()
        if len(parts) >= 3 and target.startswith(parts[1]) and len(parts[1]) > len(best):
            best, best_type = parts[1], parts[2]
    return best_type


def _windows_remote_drive(path: Path) -> bool:
    """True when ``path`` is a UNC path or on a mapped network drive (Windows)."""
    text = str(path.resolve())
    if text.startswith("\\\\"):
        return True
    import ctypes

    drive_remote = 4
    windll = ctypes.windll  # type: ignore[attr-defined]  # exists on Windows only
    return bool(windll.kernel32.GetDriveTypeW(text[:3]) == drive_remote)


def risky_location(path: Path) -> str | None:
    """Return ``"network"`` or ``"synced"`` for a risky database location, else None."""
    lowered = [part.lower() for part in path.resolve().parts]
    if any(name in part for part in lowered for name in SYNCED_FOLDER_NAMES):
        return "synced"
    if os.name == "nt":
        return "network" if _windows_remote_drive(path.parent) else None
    fs = _linux_filesystem(path.parent)
    if fs and (fs in NETWORK_FILESYSTEMS or fs.startswith("fuse.sshfs")):
        return "network"
    return None
