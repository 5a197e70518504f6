# Builds the Windows .msi and .exe under target\installer\ from target\gongkai.jar (run by
# `mvn -Pinstaller -DskipTests package` on Windows; see installer\README.md).
# Needs JDK 17 (jlink, jpackage) and WiX Toolset 3.x (candle.exe, light.exe) on the PATH.
param(
    # The name of the Start-menu entry, the desktop shortcut and the install folder. Java 17's launcher reads
    # its arguments in the system's ANSI code page, so a Chinese name needs Windows set to
    # "Language for non-Unicode programs: Chinese (Simplified, China)" (the normal setting of a Chinese PC).
    [string]$Name = "预算公开编制助手"
)
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..")
$out = "target\installer"
if (Test-Path $out) { Remove-Item -Recurse -Force $out }
New-Item -ItemType Directory -Force "$out\input" | Out-Null
Copy-Item target\gongkai.jar "$out\input\"

foreach ($tool in @("jlink", "jpackage", "candle", "light")) {
    if (-not (Get-Command $tool -ErrorAction SilentlyContinue)) {
        throw "$tool not found on the PATH (JDK 17 bin folder; WiX Toolset 3.x bin folder)"
    }
}

Write-Host "jlink: runtime with the explicit module list of installer\jlink.args"
& jlink "@installer/jlink.args" --output "$out\runtime"
if ($LASTEXITCODE -ne 0) { throw "jlink failed" }
Remove-Item -ErrorAction SilentlyContinue "$out\runtime\bin\server\classes_nocoops.jsa"

Write-Host "jpackage: app-image"
& jpackage "@installer/common.args" "@installer/launcher.args" "@installer/windows/app-image.args" `
    --name $Name --input "$out\input" --runtime-image "$out\runtime" --dest "$out"
if ($LASTEXITCODE -ne 0) { throw "jpackage app-image failed" }

# Class-data sharing: recorded here for the app-image; the per-user install puts the program under
# %LOCALAPPDATA%, a path that differs per user, so the installed program starts without the archive
# (Java 17 archives do not move) -- see installer\README.md.

foreach ($type in @("msi", "exe")) {
    Write-Host "jpackage: .$type"
    & jpackage "@installer/common.args" "@installer/windows/installer.args" --type $type `
        --name $Name --app-image "$out\$Name" --dest "$out"
    if ($LASTEXITCODE -ne 0) { throw "jpackage $type failed" }
}
Get-ChildItem "$out\*.msi", "$out\*.exe" | ForEach-Object { "{0}  {1:N1} MiB" -f $_.Name, ($_.Length / 1MB) }
