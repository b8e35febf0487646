# The man page escalate(1), made at build time from docs/cli.md, its one source:
# docs/man/cli_to_scdoc.py turns cli.md into scdoc source, scdoc turns that into
# roff (cmake/manpage_build.cmake runs both). Included from the top-level
# CMakeLists.txt with the program; defines the target `manpage` (part of ALL),
# installs the page to ${CMAKE_INSTALL_MANDIR}/man1 and sets ESCALATE_MANPAGE to
# its path, for the tests (tests/cli/man_page_test.py).
include(GNUInstallDirs)

get_filename_component(ESCALATE_MANPAGE_ROOT ${CMAKE_CURRENT_LIST_DIR}/.. ABSOLUTE)

find_program(ESCALATE_SCDOC NAMES scdoc)
if(NOT ESCALATE_SCDOC)
  message(FATAL_ERROR "scdoc not found: it makes the man page escalate(1) from docs/cli.md. "
                      "Install the Debian package scdoc (apt-get install scdoc), or give its "
                      "path with -DESCALATE_SCDOC=/path/to/scdoc.")
endif()

# The converter needs only Python 3's standard library. The interpreter is found
# as tests/CMakeLists.txt finds it, in the same cache variable, so that the
# build and the tests use one python3 (Debian's first) from the first configure on.
if(NOT ESCALATE_PYTHON)
  find_program(ESCALATE_PYTHON NAMES python3 PATHS /usr/bin NO_DEFAULT_PATH)
  if(NOT ESCALATE_PYTHON)
    find_program(ESCALATE_PYTHON NAMES python3 REQUIRED)
  endif()
endif()
set(ESCALATE_MANPAGE_PYTHON ${ESCALATE_PYTHON})

set(ESCALATE_MANPAGE ${CMAKE_CURRENT_BINARY_DIR}/escalate.1)
add_custom_command(OUTPUT ${ESCALATE_MANPAGE}
  COMMAND ${CMAKE_COMMAND}
          -DPYTHON=${ESCALATE_MANPAGE_PYTHON}
          -DSCDOC=${ESCALATE_SCDOC}
          -DCONVERTER=${ESCALATE_MANPAGE_ROOT}/docs/man/cli_to_scdoc.py
          -DSOURCE=${ESCALATE_MANPAGE_ROOT}/docs/cli.md
          -DOUTPUT=${ESCALATE_MANPAGE}
          -DVERSION=${PROJECT_VERSION}
          -P ${ESCALATE_MANPAGE_ROOT}/cmake/manpage_build.cmake
  DEPENDS ${ESCALATE_MANPAGE_ROOT}/docs/cli.md
          ${ESCALATE_MANPAGE_ROOT}/docs/man/cli_to_scdoc.py
          ${ESCALATE_MANPAGE_ROOT}/cmake/manpage_build.cmake
  COMMENT "Making the man page escalate(1) from docs/cli.md"
  VERBATIM)
add_custom_target(manpage ALL DEPENDS ${ESCALATE_MANPAGE})

install(FILES ${ESCALATE_MANPAGE} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1 COMPONENT runtime)
