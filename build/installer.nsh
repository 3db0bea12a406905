; Included by electron-builder's NSIS installer (electron-builder.yml, nsis.include).
; .ropa is associated by electron-builder itself (fileAssociations). .sqlite is only added to
; Explorer's "Open with" list (OpenWithProgids): the default program for SQLite files stays as it was.

!macro customInstall
  WriteRegStr SHELL_CONTEXT "Software\Classes\RoPARegistry.sqlite" "" "SQLite register"
  WriteRegStr SHELL_CONTEXT "Software\Classes\RoPARegistry.sqlite\DefaultIcon" "" "$appExe,0"
  WriteRegStr SHELL_CONTEXT "Software\Classes\RoPARegistry.sqlite\shell\open\command" "" '"$appExe" "%1"'
  WriteRegNone SHELL_CONTEXT "Software\Classes\.sqlite\OpenWithProgids" "RoPARegistry.sqlite"
!macroend

!macro customUnInstall
  DeleteRegValue SHELL_CONTEXT "Software\Classes\.sqlite\OpenWithProgids" "RoPARegistry.sqlite"
  DeleteRegKey SHELL_CONTEXT "Software\Classes\RoPARegistry.sqlite"
!macroend
