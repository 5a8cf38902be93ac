; Included by electron-builder's NSIS installer (electron-builder.yml: nsis.include).
; A PC set to "Bu kompyuter markaziy" (primary) serves the office LAN on TCP 8787 by default: the installer
; lets that port in from private and domain networks (never public ones), and lets the app itself in on
; whatever port the "Ulanish" screen sets. netsh needs administrator rights: installed "for all users"
; the rules are added here; installed "just for me", Windows asks once when the primary first listens.
; The uninstaller removes both rules.

!macro customInstall
  nsExec::Exec 'netsh advfirewall firewall delete rule name="OquvMarkazCRM primary (TCP 8787)"'
  nsExec::Exec 'netsh advfirewall firewall add rule name="OquvMarkazCRM primary (TCP 8787)" dir=in action=allow protocol=TCP localport=8787 profile=private,domain enable=yes'
  nsExec::Exec 'netsh advfirewall firewall delete rule name="OquvMarkazCRM app"'
  nsExec::Exec 'netsh advfirewall firewall add rule name="OquvMarkazCRM app" dir=in action=allow program="$INSTDIR\${APP_EXECUTABLE_FILENAME}" protocol=TCP profile=private,domain enable=yes'
!macroend

!macro customUnInstall
  nsExec::Exec 'netsh advfirewall firewall delete rule name="OquvMarkazCRM primary (TCP 8787)"'
  nsExec::Exec 'netsh advfirewall firewall delete rule name="OquvMarkazCRM app"'
!macroend
