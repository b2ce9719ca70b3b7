# The Debian package: `cpack` in a build directory makes bargain_VERSION_ARCH.deb
# from the install rules. It must depend on exactly the runtime libraries the
# binary links, so dpkg-shlibdeps (dpkg-dev, which build-essential pulls in)
# computes them from the binary instead of a list that could drift; tzdata is
# added by hand because libdate-tz reads the system's zoneinfo at run time.
set(BARGAIN_DEB_MAINTAINER "bargain maintainers <maintainers@users.noreply.h-seed-0ee15b99.example>"
    CACHE STRING "The Maintainer field of the .deb that cpack makes")

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME bargain)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "${BARGAIN_DEB_MAINTAINER}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
string(CONCAT CPACK_PACKAGE_DESCRIPTION
       "bargain keeps a union's contract campaign in plain files and answers from\n"
       "them: it tallies a vote exactly, under the rule that governs it, without\n"
       "revealing how anyone voted; resolves and checks the campaign's timeline;\n"
       "renders notices; and reports bargaining sessions and the cost of offers.")
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)  # bargain_0.1.0_amd64.deb
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS tzdata)
include(CPack)
