# A dangling symbolic link where init must make a directory (.github left from another checkout): init cannot make the directory and writes nothing.
--- run
mkdir repo
ln -s ../old-checkout/.github repo/.github
bargain init repo
echo "exit $?"
ls -A repo
--- stdout
exit 2
.github
--- stderr
bargain: repo/.github: cannot create the directory: File exists; nothing was written
