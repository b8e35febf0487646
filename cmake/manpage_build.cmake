# Makes OUTPUT, the man page escalate(1), from SOURCE (docs/cli.md, or its
# translation docs/cli.LANGUAGE.md): CONVERTER (docs/man/cli_to_scdoc.py, run by
# PYTHON) writes OUTPUT.scd, then SCDOC turns it into roff. Run as a script
# (cmake -P) by the custom commands of cmake/manpage.cmake, since scdoc reads
# standard input and writes standard output. VERSION, when given, is shown in the
# page's footer; LANGUAGE (en, pt-BR or de; default en) is the language of SOURCE,
# in which the converter writes the frame of the page.
#
# The page's date is that of SOURCE_DATE_EPOCH when it is set, else the time
# SOURCE was last modified, so that the same tree always gives the same page.
foreach(variable PYTHON SCDOC CONVERTER SOURCE OUTPUT)
  if(NOT ${variable})
    message(FATAL_ERROR "manpage_build.cmake: ${variable} is not set")
  endif()
endforeach()

if(DEFINED ENV{SOURCE_DATE_EPOCH})
  set(epoch "$ENV{SOURCE_DATE_EPOCH}")
else()
  file(TIMESTAMP "${SOURCE}" epoch "%s" UTC)
endif()

set(version_args)
if(VERSION)
  set(version_args --version "${VERSION}")
endif()
if(NOT LANGUAGE)
  set(LANGUAGE en)
endif()
execute_process(COMMAND "${PYTHON}" "${CONVERTER}" "${SOURCE}" "${OUTPUT}.scd" --lang "${LANGUAGE}" ${version_args}
                RESULT_VARIABLE result)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "${CONVERTER} could not convert ${SOURCE} (${result})")
endif()

execute_process(COMMAND "${CMAKE_COMMAND}" -E env "SOURCE_DATE_EPOCH=${epoch}" "${SCDOC}"
                INPUT_FILE "${OUTPUT}.scd" OUTPUT_FILE "${OUTPUT}.tmp"
                RESULT_VARIABLE result)
if(NOT result EQUAL 0)
  file(REMOVE "${OUTPUT}.tmp")
  message(FATAL_ERROR "scdoc refused ${OUTPUT}.scd, made from ${SOURCE} (${result})")
endif()
file(RENAME "${OUTPUT}.tmp" "${OUTPUT}")
