# 'bargain --version' prints the version and exits 0.
--- run
bargain --version
--- stdout
bargain 0.1.0
