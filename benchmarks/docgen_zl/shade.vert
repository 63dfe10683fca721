#version 130
// family ZL's photo shader (Panda3D's own Cg shader generator has no profile on Mesa's EGL): the page,
// desk and thumb lit by one Panda3D light with its shadow map, plus the ambient light
uniform mat4 p3d_ModelViewProjectionMatrix;
uniform mat4 p3d_ModelViewMatrix;
uniform mat3 p3d_NormalMatrix;
uniform struct p3d_LightSourceParameters {
  vec4 color; vec4 position; vec3 spotDirection; float spotExponent; float spotCosCutoff;
  vec3 attenuation; sampler2DShadow shadowMap; mat4 shadowViewMatrix;
} p3d_LightSource[1];
in vec4 p3d_Vertex;
in vec3 p3d_Normal;
in vec2 p3d_MultiTexCoord0;
out vec3 vpos;
out vec3 vnorm;
out vec2 uv;
out vec4 shadowc;
void main() {
  gl_Position = p3d_ModelViewProjectionMatrix * p3d_Vertex;
  vec4 mv = p3d_ModelViewMatrix * p3d_Vertex;
  vpos = mv.xyz;
  vnorm = normalize(p3d_NormalMatrix * p3d_Normal);
  uv = p3d_MultiTexCoord0;
  shadowc = p3d_LightSource[0].shadowViewMatrix * mv;
}
