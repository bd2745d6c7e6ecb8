; Inno Setup 6 script: CommuneDesk for Windows, from the one-folder PyInstaller build in dist\commune-desk.
; Build with installers\build_windows.ps1, which reads the version from the package and passes /DAppVersion=...
; The officers' data lives in %APPDATA%\CommuneDesk (platformdirs, roaming), written by the app itself: this script
; never installs, replaces or deletes anything there, so upgrades and uninstalls keep it.

#ifndef AppVersion
  #error Pass the version: ISCC /DAppVersion=0.1.0 installers\commune-desk.iss (build_windows.ps1 does)
#endif
#define AppName "CommuneDesk"
#define AppExe "commune-desk.exe"

[Setup]
; A fixed AppId makes every later version an upgrade of this one (same folder, same uninstall entry).
AppId={{6E0C7D2A-4B1F-4C53-9E0B-3C1D5A7F2B90}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=CommuneDesk
LicenseFile=..\LICENSE
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
; Per-user install by default (no administrator needed on a commune PC); the dialog offers all users.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\dist
OutputBaseFilename=CommuneDesk-{#AppVersion}-windows-x64-setup
SetupIconFile=..\resources\icons\commune-desk.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto
CloseApplications=yes

[Languages]
; Vietnamese.isl is an unofficial Inno Setup translation: put it next to this script (installers\README.md, step 4).
Name: "vi"; MessagesFile: "Vietnamese.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
vi.DesktopIcon=Tạo biểu tượng trên màn hình nền
en.DesktopIcon=Create a desktop shortcut
vi.LaunchApp=Mở CommuneDesk
en.LaunchApp=Open CommuneDesk
vi.KeptData=Dữ liệu của xã (%APPDATA%\CommuneDesk) được giữ nguyên.
en.KeptData=The commune's data (%APPDATA%\CommuneDesk) is kept.

[Tasks]
Name: "desktopicon"; Description: "{cm:DesktopIcon}"; Flags: checkedonce

[InstallDelete]
; An upgrade replaces the program folder's contents (old libraries must not linger); data is elsewhere.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "..\dist\commune-desk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"; IconFilename: "{app}\{#AppExe}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchApp}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] for {userappdata}\CommuneDesk on purpose: uninstalling removes the program, not the data.
