# `cpack -G DEB`: a Debian package of the program (component "runtime"; the
# library's headers and static libraries are for `cmake --install`). Depends
# are computed by dpkg-shlibdeps from the shared libraries the program links;
# cmake/deb_prebuild.cmake compresses the man page and the changelog in the
# staging tree, as Debian policy wants. Tested by tests/package/deb_test.py,
# which also runs lintian on the result.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME escalate)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)  # Apache-2.0
# The maintainer is the one who signed the changelog's latest entry (" -- NAME <ADDRESS>  DATE").
file(STRINGS ${PROJECT_SOURCE_DIR}/packaging/debian/changelog ESCALATE_CHANGELOG_SIGNED
     REGEX "^ -- " LIMIT_COUNT 1)
if(NOT ESCALATE_CHANGELOG_SIGNED MATCHES "^ -- ([^<]+ <[^>]+>)  ")
  message(FATAL_ERROR "packaging/debian/changelog: no ' -- NAME <ADDRESS>  DATE' line for the maintainer")
endif()
set(CPACK_PACKAGE_CONTACT "${CMAKE_MATCH_1}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "terminal advisor: where to turn next with a consumer complaint")
# The long description, paragraphs apart; CPack indents it and puts the summary first.
set(CPACK_PACKAGE_DESCRIPTION
"escalate asks only the questions it needs and prints the next step for a
consumer in trouble with a company (portal, customer service, ombudsman,
regulator, consumer agency, small-claims court), with its contacts, the
concrete deadline dates and a checklist of documents to bring.

It works as an interactive session, as one-shot calls with flags and as
JSON Lines in bulk, in English, Brazilian Portuguese and German. All its
knowledge lives in JSON rule files; the bundled one is for residential
customers of Claro NET in Brazil. Case files keep a complaint over weeks,
with a dossier, a calendar of deadlines and letters.")
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
set(CPACK_STRIP_FILES ON)
# Only the program's component; one package named escalate.
set(CPACK_COMPONENTS_ALL runtime)
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_GROUPING ALL_COMPONENTS_IN_ONE)
set(CPACK_DEBIAN_PACKAGE_NAME escalate)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_PRE_BUILD_SCRIPTS ${CMAKE_CURRENT_LIST_DIR}/deb_prebuild.cmake)
include(CPack)
