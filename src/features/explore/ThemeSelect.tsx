import { THEMES, type Theme } from '../../view/view-state'

const THEME_LABELS: Record<Theme, string> = {
  auto: 'System',
  light: 'Light',
  dark: 'Dark',
  contrast: 'High contrast',
}

type ThemeSelectProps = { theme: Theme; onChange: (theme: Theme) => void }

export function ThemeSelect({ theme, onChange }: ThemeSelectProps) {
  return (
    <label className="flex items-center gap-2 text-sm">
      <span className="ct-muted">Theme</span>
      <select
        className="ct-input h-10 rounded-md border px-2 text-sm"
        value={theme}
        onChange={(event) => onChange(event.target.value as Theme)}
      >
        {THEMES.map((option) => (
          <option key={option} value={option}>
            {THEME_LABELS[option]}
          </option>
        ))}
      </select>
    </label>
  )
}
