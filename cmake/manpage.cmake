# The man page escalate(1), made at build time from docs/cli.md, its one source,
# and its translations, from docs/cli.pt-BR.md and docs/cli.de.md:
# docs/man/cli_to_scdoc.py turns the Markdown into scdoc source, scdoc turns that
# into roff (cmake/manpage_build.cmake runs both). Included from the top-level
# CMakeLists.txt with the program; defines the target `manpage` (part of ALL),
# which makes the three pages; installs them where man looks for each language:
# ${CMAKE_INSTALL_MANDIR}/man1, ${CMAKE_INSTALL_MANDIR}/pt_BR/man1 and
# ${CMAKE_INSTALL_MANDIR}/de/man1, each as escalate.1; and sets ESCALATE_MANPAGE,
# ESCALATE_MANPAGE_PT_BR and ESCALATE_MANPAGE_DE to their paths in the build
# tree, for the tests (tests/cli/man_page_test.py). Without scdoc: a warning,
# no man page, and those variables unset.
include(GNUInstallDirs)

get_filename_component(ESCALATE_MANPAGE_ROOT ${CMAKE_CURRENT_LIST_DIR}/.. ABSOLUTE)

unset(ESCALATE_MANPAGE)
unset(ESCALATE_MANPAGE_PT_BR)
unset(ESCALATE_MANPAGE_DE)
if(NOT ESCALATE_MAN)
  return()
endif()
find_program(ESCALATE_SCDOC NAMES scdoc)
if(NOT ESCALATE_SCDOC)
  # The program builds without it (as ccache builds without asciidoctor): no
  # man page is made or installed, and its test is not registered.
  message(WARNING "scdoc not found: the man page escalate(1) will not be made. "
                  "Install the Debian package scdoc (apt-get install scdoc), or give its "
                  "path with -DESCALATE_SCDOC=/path/to/scdoc (-DESCALATE_MAN=OFF: no man page, no warning).")
  return()
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
set(ESCALATE_MANPAGE_PT_BR ${CMAKE_CURRENT_BINARY_DIR}/escalate.pt-BR.1)
set(ESCALATE_MANPAGE_DE ${CMAKE_CURRENT_BINARY_DIR}/escalate.de.1)

# One page: LANGUAGE (the converter's --lang) made from SOURCE (relative to the
# source tree) into OUTPUT, installed as escalate.1 in DIRECTORY under
# ${CMAKE_INSTALL_MANDIR} (man's directory for the language). A function, so
# that its variables stay out of the including scope.
function(escalate_manpage language source output directory)
  if(language STREQUAL "en")
    set(comment "Making the man page escalate(1) from ${source}")
  else()
    set(comment "Making the ${language} man page escalate(1) from ${source}")
  endif()
  add_custom_command(OUTPUT ${output}
    COMMAND ${CMAKE_COMMAND}
            -DPYTHON=${ESCALATE_MANPAGE_PYTHON}
            -DSCDOC=${ESCALATE_SCDOC}
            -DCONVERTER=${ESCALATE_MANPAGE_ROOT}/docs/man/cli_to_scdoc.py
            -DSOURCE=${ESCALATE_MANPAGE_ROOT}/${source}
            -DLANGUAGE=${language}
            -DOUTPUT=${output}
            -DVERSION=${PROJECT_VERSION}
            -P ${ESCALATE_MANPAGE_ROOT}/cmake/manpage_build.cmake
    DEPENDS ${ESCALATE_MANPAGE_ROOT}/${source}
            ${ESCALATE_MANPAGE_ROOT}/docs/man/cli_to_scdoc.py
            ${ESCALATE_MANPAGE_ROOT}/cmake/manpage_build.cmake
    COMMENT "${comment}"
    VERBATIM)
  install(FILES ${output} DESTINATION ${CMAKE_INSTALL_MANDIR}/${directory} RENAME escalate.1 COMPONENT runtime)
endfunction()

escalate_manpage(en docs/cli.md ${ESCALATE_MANPAGE} man1)
escalate_manpage(pt-BR docs/cli.pt-BR.md ${ESCALATE_MANPAGE_PT_BR} pt_BR/man1)
escalate_manpage(de docs/cli.de.md ${ESCALATE_MANPAGE_DE} de/man1)
add_custom_target(manpage ALL DEPENDS ${ESCALATE_MANPAGE} ${ESCALATE_MANPAGE_PT_BR} ${ESCALATE_MANPAGE_DE})
