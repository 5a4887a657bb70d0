; Inno Setup 6 script: csdesk's Windows installer (csdesk-<version>-windows-x64-setup.exe).
;
; Built by .github/workflows/installers.yml on a Windows runner after PyInstaller made
; dist\csdesk\ (build.spec) and the smoke test passed; this project's own machines run
; Linux and cannot compile it. By hand, from the repository's root:
;   iscc /DAppVersion=0.1.0 packaging\windows\csdesk.iss
;
; What a shop owner gets:
; - a per-user install that asks for no administrator (PrivilegesRequired=lowest puts it
;   in %LOCALAPPDATA%\Programs\csdesk), a Start-menu entry and, if ticked, a desktop icon;
; - an upgrade in place: the same AppId finds the installed copy, closes a running csdesk,
;   and replaces the program folder whole (no file of the older version lingers);
; - an uninstaller that removes the program and keeps the shop's data folder
;   (%LOCALAPPDATA%\csdesk: the shop, its backups, logs) unless the user answers yes to
;   deleting it too; a silent uninstall always keeps it.

#ifndef AppVersion
  #error Give the version: iscc /DAppVersion=x.y.z (the workflow reads it from csdesk/__init__.py)
#endif
#define AppName "csdesk"
#define Publisher "csdesk developers"
#define Root "..\.."

[Setup]
; Never change the AppId: it is how a newer setup recognises the installed csdesk.
AppId={{6F0D5C1E-3B7A-4C59-9E4B-8A2D1C7F3E60}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#Publisher}
VersionInfoVersion={#AppVersion}
VersionInfoCompany={#Publisher}
VersionInfoDescription={#AppName} setup
VersionInfoProductName={#AppName}
DefaultDirName={autopf}\{#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir={#Root}\dist
OutputBaseFilename=csdesk-{#AppVersion}-windows-x64-setup
SetupIconFile={#Root}\build\icons\csdesk.ico
UninstallDisplayIcon={app}\csdesk.exe
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes
RestartApplications=no
ShowLanguageDialog=auto

[Languages]
; The Chinese message files are not part of every Inno Setup release: the workflow puts
; them into the compiler's Languages folder first (from jrsoftware/issrc).
Name: "zh_CN"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
Name: "zh_TW"; MessagesFile: "compiler:Languages\ChineseTraditional.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
zh_CN.DeleteShopData=是否同时删除店铺数据？%n%n%1%n%n其中有店铺数据库、备份和日志。选择“否”则保留，重新安装 csdesk 后可以继续使用。
zh_TW.DeleteShopData=是否同時刪除店鋪資料？%n%n%1%n%n其中有店鋪資料庫、備份和日誌。選擇「否」則保留，重新安裝 csdesk 後可以繼續使用。
en.DeleteShopData=Also delete the shop's data?%n%n%1%n%nIt holds the shop's database, its backups and logs. Answer No to keep it: csdesk finds it again when installed again.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the program folder whole: a library the newer csdesk no longer
; ships must not stay behind to be loaded by mistake.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#Root}\dist\csdesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\csdesk.exe"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\csdesk.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\csdesk.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
{ The shop's data folder, as csdesk's platformdirs names it (appauthor=False). }
function ShopDataFolder(): String;
begin
  Result := ExpandConstant('{localappdata}\{#AppName}');
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and (not UninstallSilent) and
     DirExists(ShopDataFolder()) then
  begin
    { The default button is No: keeping the shop is the safe answer. }
    if MsgBox(FmtMessage(CustomMessage('DeleteShopData'), [ShopDataFolder()]),
              mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES then
    begin
      DelTree(ShopDataFolder(), True, True, True);
      RegDeleteKeyIncludingSubkeys(HKCU, 'Software\{#AppName}');
    end;
  end;
end;
