/* stb_truetype and stb_image_write implementations for family AF's page drawer (Debian libstb-dev headers). */
#define STB_TRUETYPE_IMPLEMENTATION
#include <stb_truetype.h>
#define STB_IMAGE_WRITE_IMPLEMENTATION
#include <stb_image_write.h>
