#version 130
uniform sampler2D p3d_Texture0;
uniform struct p3d_LightSourceParameters {
  vec4 color; vec4 position; vec3 spotDirection; float spotExponent; float spotCosCutoff;
  vec3 attenuation; sampler2DShadow shadowMap; mat4 shadowViewMatrix;
} p3d_LightSource[1];
uniform struct { vec4 ambient; } p3d_LightModel;
uniform struct p3d_MaterialParameters {
  vec4 ambient; vec4 diffuse; vec4 emission; vec3 specular; float shininess;
} p3d_Material;
uniform vec4 p3d_ColorScale;
uniform float shadow_texel;
in vec3 vpos;
in vec3 vnorm;
in vec2 uv;
in vec4 shadowc;
out vec4 frag;
void main() {
  vec4 tex = texture(p3d_Texture0, uv);
  vec3 N = normalize(vnorm);
  if (!gl_FrontFacing) N = -N;
  vec4 lp = p3d_LightSource[0].position;
  vec3 Lv = lp.xyz - vpos * lp.w;
  float d = length(Lv);
  vec3 L = Lv / d;
  float diff = max(dot(N, L), 0.0);
  float spot = 1.0;
  if (lp.w > 0.0) {
    float c = dot(normalize(p3d_LightSource[0].spotDirection), -L);
    spot = c < p3d_LightSource[0].spotCosCutoff ? 0.0 : pow(c, p3d_LightSource[0].spotExponent);
  }
  vec3 a = p3d_LightSource[0].attenuation;
  float att = 1.0 / (a.x + a.y * d + a.z * d * d);
  // 2×2 percentage-closer filtering of the shadow map (each lookup is itself bilinear-compared)
  vec4 sc = shadowc;
  sc.z -= 0.0015 * sc.w;
  float sh = 0.0;
  for (int i = 0; i < 2; i++)
    for (int j = 0; j < 2; j++)
      sh += textureProj(p3d_LightSource[0].shadowMap, sc + vec4(float(i) - 0.5, float(j) - 0.5, 0.0, 0.0) * shadow_texel * sc.w);
  sh /= 4.0;
  vec3 H = normalize(L + normalize(-vpos));
  float spec = pow(max(dot(N, H), 0.0), max(p3d_Material.shininess, 1.0));
  vec3 light = p3d_LightSource[0].color.rgb * att * spot * sh;
  vec3 col = tex.rgb * p3d_ColorScale.rgb * (p3d_LightModel.ambient.rgb * p3d_Material.ambient.rgb
             + light * diff * p3d_Material.diffuse.rgb) + light * spec * p3d_Material.specular;
  frag = vec4(col, 1.0);
}
