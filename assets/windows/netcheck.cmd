@echo off
rem The netcheck command line of the packaged app, for Server Core and scripts:
rem   netcheck.cmd run --hierarchy C:\netcheck\hierarchy.json --from %COMPUTERNAME% --json --out C:\netcheck\run.json
rem The executable is a windowed program: Windows gives it no console, so its output goes to a file
rem that is printed when it ends (no live progress), and its exit code is kept.
setlocal
set "NETCHECK_OUT=%TEMP%\netcheck-%RANDOM%%RANDOM%.txt"
"%~dp0ConfigMgr Netcheck.exe" --cli %* > "%NETCHECK_OUT%" 2>&1
set "NETCHECK_CODE=%ERRORLEVEL%"
type "%NETCHECK_OUT%"
del "%NETCHECK_OUT%" >nul 2>&1
exit /b %NETCHECK_CODE%
