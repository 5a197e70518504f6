@echo off
rem Gongkai portable: needs Java 17 or later (java on the PATH, or JAVA_HOME set)
setlocal
set "JAVAW=javaw"
if defined JAVA_HOME set "JAVAW=%JAVA_HOME%\bin\javaw"
if "%~1"=="" (
  start "" "%JAVAW%" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Dfile.encoding=UTF-8 -cp "%~dp0lib\*" cn.gongkai.app.Launcher
) else (
  "%JAVAW:javaw=java%" -XX:TieredStopAtLevel=1 -Dfile.encoding=UTF-8 -cp "%~dp0lib\*" cn.gongkai.app.Launcher %*
)
