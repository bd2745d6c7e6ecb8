# Builds dist\CommuneDesk-<version>-windows-x64-setup.exe on a Windows PC (steps in installers\README.md).
# Run from the project root in PowerShell: .\installers\build_windows.ps1
$ErrorActionPreference = "Stop"
$py = ".venv\Scripts\python.exe"
& $py -m PyInstaller --noconfirm --clean --distpath dist --workpath build\pyinstaller installers\commune-desk.spec
if ($LASTEXITCODE) { throw "PyInstaller failed" }
& dist\commune-desk\commune-desk.exe --version
if ($LASTEXITCODE) { throw "the bundled program does not start" }
$version = & $py -c "import desktop; print(desktop.__version__)"
$iscc = if ($env:ISCC) { $env:ISCC } else { "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe" }
& $iscc "/DAppVersion=$version" installers\commune-desk.iss
if ($LASTEXITCODE) { throw "Inno Setup failed" }
Write-Host "dist\CommuneDesk-$version-windows-x64-setup.exe"
