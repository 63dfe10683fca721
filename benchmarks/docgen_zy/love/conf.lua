function love.conf(t)
  t.identity = "docgen_zy"
  t.window.width = 64
  t.window.height = 64
  t.window.vsync = 0
  t.modules.audio = false
  t.modules.sound = false
  t.modules.joystick = false
  t.modules.physics = false
end
